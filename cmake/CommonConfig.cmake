# What every target of the project compiles with: the one include root (the repository top, so
# includes read "core/replay/replayengine.h"), and the compile settings they share.
# Targets link eventsmith_common PRIVATE; nothing of it reaches users of the libraries.
add_library(eventsmith_common INTERFACE)
target_include_directories(eventsmith_common INTERFACE ${PROJECT_SOURCE_DIR})

# The version as a generated header rather than a define on every target.
configure_file(${CMAKE_CURRENT_LIST_DIR}/version.h.in
    ${PROJECT_BINARY_DIR}/generated/core/common/version.h @ONLY)
add_library(eventsmith_version INTERFACE)
target_include_directories(eventsmith_version INTERFACE ${PROJECT_BINARY_DIR}/generated)
