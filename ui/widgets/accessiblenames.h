#pragma once

#include <QString>

class QWidget;

// Names for screen readers where a control has no label of its own.
namespace AccessibleNames {
// Gives every keyboard-reachable control under `root` that has no accessible name one: `prefix`
// followed by what a sighted reader sees in it (its placeholder or its tool tip), so the many
// inputs of one form field read "To, email" and "To, name".
void nameControls(QWidget *root, const QString &prefix);
} // namespace AccessibleNames
