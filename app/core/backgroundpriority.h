// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Analysis threads yield to the window. On two cores with both busy analysing,
// the GUI thread is a third thread: at equal priority it waits its turn and
// the event loop stalls; a lower priority for the workers lets it run at once.

// Lowers the calling thread's priority (once per thread; Linux: nice 10).
void lowerThreadPriority();
