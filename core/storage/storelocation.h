#pragma once

#include <QString>

// Where the local store lives unless the user says otherwise; the CLI and the GUI share it so
// events saved in one are found by the other.
namespace StoreLocation {
// $EVENTSMITH_STORE, else Eventsmith/eventsmith.db in the user's data folder.
QString defaultPath();
} // namespace StoreLocation
