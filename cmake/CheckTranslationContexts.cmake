# Every context of the translation files is one the program asks for at run
# time, checked by ctest (test check_translation_contexts). Run as
#   cmake -DSOURCE_DIR=<top of the tree> -P cmake/CheckTranslationContexts.cmake
# lupdate names a context after the class a tr() call sits in, while tr() asks
# for the context its Q_OBJECT or Q_DECLARE_TR_FUNCTIONS(X) declares: a helper
# class with Q_DECLARE_TR_FUNCTIONS(XlsxReader), or a nested struct using its
# outer class's tr(), had its messages filed under its own name and shown in
# English in the Chinese window. Such calls must say X::tr(…).
#
# The contexts the program asks for: classes with Q_OBJECT, the names given to
# Q_DECLARE_TR_FUNCTIONS, QCoreApplication::translate("X", …) and
# QT_TRANSLATE_NOOP("X", …).
if(NOT SOURCE_DIR)
    message(FATAL_ERROR "CheckTranslationContexts.cmake: -DSOURCE_DIR=<source tree> is required")
endif()

file(GLOB_RECURSE sources
    "${SOURCE_DIR}/core/*.cpp" "${SOURCE_DIR}/core/*.h"
    "${SOURCE_DIR}/ui/*.cpp" "${SOURCE_DIR}/ui/*.h"
    "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.h")
set(known "")
foreach(file IN LISTS sources)
    file(READ "${file}" text)
    string(REGEX MATCHALL "Q_DECLARE_TR_FUNCTIONS\\([A-Za-z0-9_:]+\\)" found "${text}")
    foreach(item IN LISTS found)
        string(REGEX REPLACE "Q_DECLARE_TR_FUNCTIONS\\(([A-Za-z0-9_:]+)\\)" "\\1" name "${item}")
        list(APPEND known "${name}")
    endforeach()
    string(REGEX MATCHALL "(translate|QT_TRANSLATE_NOOP)\\([ \t\r\n]*\"[A-Za-z0-9_:]+\"" found "${text}")
    foreach(item IN LISTS found)
        string(REGEX REPLACE ".*\"([A-Za-z0-9_:]+)\"" "\\1" name "${item}")
        list(APPEND known "${name}")
    endforeach()
    # class Name [final] [: bases] { Q_OBJECT
    string(REGEX MATCHALL "(class|struct)[ \t]+[A-Za-z0-9_]+[^;{}()]*{[ \t\r\n]*Q_OBJECT" found "${text}")
    foreach(item IN LISTS found)
        string(REGEX REPLACE "^(class|struct)[ \t]+([A-Za-z0-9_]+).*" "\\2" name "${item}")
        list(APPEND known "${name}")
    endforeach()
endforeach()
list(REMOVE_DUPLICATES known)

set(violations "")
file(GLOB translations "${SOURCE_DIR}/translations/*.ts")
foreach(ts IN LISTS translations)
    file(READ "${ts}" text)
    string(REGEX MATCHALL "<context>[ \t\r\n]*<name>[^<]+</name>" found "${text}")
    foreach(item IN LISTS found)
        string(REGEX REPLACE ".*<name>([^<]+)</name>" "\\1" name "${item}")
        list(FIND known "${name}" at)
        if(at LESS 0)
            get_filename_component(short "${ts}" NAME)
            string(APPEND violations "  translations/${short}: context ${name}: no class with Q_OBJECT, "
                "Q_DECLARE_TR_FUNCTIONS(${name}) or translate(\"${name}\", …) asks for it, so its messages are never "
                "shown translated; call the declaring class's tr() as Class::tr(…) and run lupdate again\n")
        endif()
    endforeach()
endforeach()

list(LENGTH known count)
if(violations)
    message(FATAL_ERROR "Translation contexts nobody asks for:\n${violations}")
endif()
message(STATUS "translation contexts: every context of translations/*.ts is asked for (${count} in the sources)")
