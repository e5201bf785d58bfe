// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The highlighting repository of a test program, as main() holds the application's:
// made once, handed to every window and dialog the test builds, and owned by the
// application object, so that it outlives them all.
#include "highlightingrepository.h"

#include <QCoreApplication>

inline KSyntaxHighlighting::Repository &testRepository()
{
    static KSyntaxHighlighting::Repository *repository = [] {
        KSyntaxHighlighting::Repository *made = createHighlightingRepository().release();
        made->setParent(QCoreApplication::instance());
        return made;
    }();
    return *repository;
}
