# What every target of the project compiles with: the one include root (the repository top, so
# includes read "core/replay/replayengine.h"), the warnings, and Qt's strictness defines.
# Targets link eventsmith_common PRIVATE; nothing of it reaches users of the libraries.
option(EVENTSMITH_WERROR "Treat compiler warnings as errors (scripts/test turns it on)" OFF)

add_library(eventsmith_common INTERFACE)
target_include_directories(eventsmith_common INTERFACE ${PROJECT_SOURCE_DIR})
target_compile_options(eventsmith_common INTERFACE
    -Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Woverloaded-virtual -Wcast-qual
    -Wold-style-cast
    $<$<BOOL:${EVENTSMITH_WERROR}>:-Werror>)
target_compile_definitions(eventsmith_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)

# The version as a generated header rather than a define on every target.
configure_file(${CMAKE_CURRENT_LIST_DIR}/version.h.in
    ${PROJECT_BINARY_DIR}/generated/core/common/version.h @ONLY)
add_library(eventsmith_version INTERFACE)
target_include_directories(eventsmith_version INTERFACE ${PROJECT_BINARY_DIR}/generated)
