// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "buildidentity.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>

#if defined(__linux__)
#include <elf.h>
#include <link.h>

#include <cstring>
#endif

namespace {

#if defined(__linux__)
// dl_iterate_phdr visits the executable first: its build id note, if it has one.
int readBuildIdNote(dl_phdr_info *info, size_t, void *data)
{
    auto *id = static_cast<QByteArray *>(data);
    for (int i = 0; i < info->dlpi_phnum && id->isEmpty(); ++i) {
        const ElfW(Phdr) &header = info->dlpi_phdr[i];
        if (header.p_type != PT_NOTE)
            continue;
        const char *at = reinterpret_cast<const char *>(info->dlpi_addr + header.p_vaddr);
        const char *end = at + header.p_memsz;
        while (at + sizeof(ElfW(Nhdr)) <= end) {
            const auto *note = reinterpret_cast<const ElfW(Nhdr) *>(at);
            const char *name = at + sizeof(ElfW(Nhdr));
            const char *desc = name + ((note->n_namesz + 3) & ~3u);
            if (desc + note->n_descsz > end)
                break;
            if (note->n_type == NT_GNU_BUILD_ID && note->n_namesz == 4 && std::memcmp(name, "GNU", 4) == 0) {
                *id = QByteArray(desc, qsizetype(note->n_descsz));
                break;
            }
            at = desc + ((note->n_descsz + 3) & ~3u);
        }
    }
    return 1; // the executable only
}
#endif

QByteArray findBuildIdentity()
{
    QByteArray id;
#if defined(__linux__)
    dl_iterate_phdr(readBuildIdNote, &id);
    if (!id.isEmpty())
        return "gnu-build-id:" + id.toHex();
#endif
    if (!QCoreApplication::instance())
        return {};
    const QFileInfo executable(QCoreApplication::applicationFilePath());
    if (!executable.exists())
        return {};
    return "executable:" + executable.absoluteFilePath().toUtf8() + ':' + QByteArray::number(executable.size()) + ':'
           + QByteArray::number(executable.lastModified(QTimeZone::UTC).toMSecsSinceEpoch());
}

} // namespace

QByteArray buildIdentity()
{
    static const QByteArray identity = findBuildIdentity();
    return identity;
}
