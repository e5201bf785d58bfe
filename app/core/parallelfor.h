// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The engine's parallel loops. They run on thread pools of the engine's own, at the priority
// of the thread that starts them: lowered from the analysis (backgroundpriority.h), normal
// from a load the reader waits for; Qt's global pool, which the window and Qt itself use,
// keeps its priority.
#include <functional>

// Runs body(i) for every i in [0, count) and returns when all are done; the calling thread
// takes part. A loop may run another inside it.
void parallelFor(int count, const std::function<void(int)> &body);

// How many threads the engine's loops run on, to cut work into blocks.
int parallelThreads();
