// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcechoicemodel.h"

#include "claimfiltermodel.h"

#include <QCoreApplication>
#include <QPoint>

namespace {
// The claims panel's own strings (its translations): the boxes are its.
QString panelText(const char *text)
{
    return QCoreApplication::translate("ClaimsPanel", text);
}
} // namespace

SourceChoiceModel::SourceChoiceModel(Choices choices, QObject *parent)
    : QAbstractListModel(parent)
    , m_choices(choices)
{
}

void SourceChoiceModel::setSourceNames(const QStringList &names)
{
    beginResetModel();
    m_names = names;
    endResetModel();
}

int SourceChoiceModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return 1 + int(m_names.size()) * (m_choices == Focus ? 2 : 1);
}

QVariant SourceChoiceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || (role != Qt::DisplayRole && role != Qt::UserRole))
        return {};
    const int row = index.row();
    const bool display = role == Qt::DisplayRole;
    if (m_choices == Stated) {
        if (row == 0)
            return display ? QVariant(panelText(QT_TRANSLATE_NOOP("ClaimsPanel", "All sources"))) : QVariant(-1);
        return display ? QVariant(panelText(QT_TRANSLATE_NOOP("ClaimsPanel", "Stated by %1")).arg(m_names[row - 1])) : QVariant(row - 1);
    }
    if (row == 0)
        return display ? QVariant(panelText(QT_TRANSLATE_NOOP("ClaimsPanel", "All claims")))
                       : QVariant::fromValue(QPoint(ClaimFilterModel::AllClaims, -1));
    const int article = (row - 1) % int(m_names.size());
    const bool onlyIn = row - 1 < m_names.size();
    if (!display)
        return QVariant::fromValue(QPoint(onlyIn ? ClaimFilterModel::OnlyIn : ClaimFilterModel::LeftOutBy, article));
    return onlyIn ? panelText(QT_TRANSLATE_NOOP("ClaimsPanel", "Only in %1")).arg(m_names[article])
                  : panelText(QT_TRANSLATE_NOOP("ClaimsPanel", "Left out by %1")).arg(m_names[article]);
}
