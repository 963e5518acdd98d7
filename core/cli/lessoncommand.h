#pragma once

#include <QStringList>
#include <cstdio>

// `wirebench-node lesson FOLDER [--seconds N] [--speed X] [--seed N] [--registry URL] [--log]`:
// runs a lesson's circuit headless for its run length (in run time), judges its checks and
// prints each as ✓ or ✗ with its detail (docs/lessons.md).
namespace wb::lessoncommand {

inline constexpr int kChecksFailed = 9; // the run ended and a check did not pass

bool isLesson(const QStringList &arguments);
// Runs the command in the application's event loop; returns the exit code: 0 when every check
// passed, kChecksFailed when one did not, 1 for a bad command line, 4 for a lesson that cannot
// be read, 2 when a node cannot listen.
int run(const QStringList &arguments, FILE *out, FILE *err);

} // namespace wb::lessoncommand
