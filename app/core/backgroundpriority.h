// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Long work yields to the window. On two cores with both busy analysing,
// the GUI thread is a third thread: at equal priority it waits its turn and
// the event loop stalls; a lower priority for the workers lets it run at once.
//
// A lowered thread stays lowered (raising it again needs privileges), so long work
// runs on threads of its own: backgroundPool() and the engine's loops started from
// them. Qt's global pool keeps its priority for the work a reader waits for at an
// open (reading a comparison, loading its articles, recalling a kept analysis):
// at nice 10 next to busy programs, that work took ten times as long.
#include <functional>

class QThreadPool;

// Lowers the calling thread's priority (once per thread; Linux: nice 10); never the main thread's.
void lowerThreadPriority();

// Whether the calling thread has been lowered.
bool threadLowered();

// The pool of long work (the analysis, writing the analysis cache, an export); a task on it
// calls lowerThreadPriority() first.
QThreadPool *backgroundPool();

// Runs `work` on a lowered thread of backgroundPool() and returns when it is done.
void runLowered(const std::function<void()> &work);
