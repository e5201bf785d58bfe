// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowfit.h"

#include <algorithm>

QRect firstWindowGeometry(const QRect &available, const WindowFitTuning &tuning)
{
    const QSize size(std::min(tuning.preferred.width(), qRound(available.width() * tuning.screenShare)),
                     std::min(tuning.preferred.height(), qRound(available.height() * tuning.screenShare)));
    QRect geometry(QPoint(), size);
    geometry.moveCenter(available.center());
    return geometry;
}
