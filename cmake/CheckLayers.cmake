# The layers of docs/DESIGN.md, checked on every build (target check_layers, part
# of ALL) and by ctest (test check_layers). Run as
#   cmake -DSOURCE_DIR=<top of the tree> -P cmake/CheckLayers.cmake
# Each folder may include project headers only from the folders listed for it;
# a violation names the file, the line's include and what the folder may use.
#
#   core/model, core/io     nothing else of ours (Qt only)
#   core/target             model
#   core/storage            model, target, io
#   core/catalog            model, target, storage, io
#   core/exchange           model, target, storage, io
#   core/workflow           model, target, storage, io, catalog, exchange
#   core/session            everything in core
#   ui/                     core without storage/, and ui's own folders
#   app/                    everything (it puts the program together)
if(NOT SOURCE_DIR)
    message(FATAL_ERROR "CheckLayers.cmake: -DSOURCE_DIR=<source tree> is required")
endif()

set(core_folders model io target storage catalog exchange workflow session)
set(allowed_model model)
set(allowed_io io)
set(allowed_target model target)
set(allowed_storage model target storage io)
set(allowed_catalog model target storage io catalog)
set(allowed_exchange model target storage io exchange)
set(allowed_workflow model target storage io catalog exchange workflow)
set(allowed_session ${core_folders})

set(violations "")
function(check_file file allowed forbidden_all_of_core)
    file(STRINGS "${file}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*\"")
    foreach(line IN LISTS lines)
        string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*\"([^\"]+)\".*" "\\1" inc "${line}")
        if(NOT inc MATCHES "/")
            continue() # a header of the same folder
        endif()
        string(REGEX REPLACE "/.*" "" folder "${inc}")
        list(FIND core_folders "${folder}" is_core)
        if(is_core LESS 0)
            continue() # ui's own folders (ui/ files), or a path outside core
        endif()
        list(FIND allowed "${folder}" ok)
        if(ok LESS 0)
            file(RELATIVE_PATH rel "${SOURCE_DIR}" "${file}")
            string(REPLACE ";" ", " may "${allowed}")
            set(violations "${violations}\n  ${rel}: #include \"${inc}\": this folder may include ${may}" PARENT_SCOPE)
        endif()
    endforeach()
endfunction()

foreach(folder IN LISTS core_folders)
    file(GLOB_RECURSE sources "${SOURCE_DIR}/core/${folder}/*.h" "${SOURCE_DIR}/core/${folder}/*.cpp")
    foreach(f IN LISTS sources)
        check_file("${f}" "${allowed_${folder}}" OFF)
        set(violations "${violations}")
    endforeach()
endforeach()

# ui/: everything of core but storage/ (the pages go through core/session).
set(allowed_ui model io target catalog exchange workflow session)
file(GLOB_RECURSE ui_sources "${SOURCE_DIR}/ui/*.h" "${SOURCE_DIR}/ui/*.cpp")
foreach(f IN LISTS ui_sources)
    check_file("${f}" "${allowed_ui}" OFF)
endforeach()

if(violations)
    message(FATAL_ERROR "Layering violations (docs/DESIGN.md, \"Layers\"):${violations}")
endif()
