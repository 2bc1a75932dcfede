# Flags every Hookbench target shares, carried by one INTERFACE target.
add_library(hb_flags INTERFACE)
target_compile_definitions(hb_flags INTERFACE
    QT_NO_KEYWORDS
    QT_NO_CAST_FROM_ASCII
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING)
target_compile_options(hb_flags INTERFACE -Wall -Wextra -Wno-unused-parameter -Wno-missing-field-initializers)
# -DHOOKBENCH_WERROR=ON turns every warning in Hookbench's own code into an error (.ci/run sets
# it). Generated code (protobuf) and third-party headers (-isystem) are not affected.
option(HOOKBENCH_WERROR "Treat warnings in Hookbench's own code as errors" OFF)
if(HOOKBENCH_WERROR)
    target_compile_options(hb_flags INTERFACE -Werror)
endif()
target_include_directories(hb_flags INTERFACE ${PROJECT_SOURCE_DIR})

# Debug information in RelWithDebInfo builds (quickstart.sh's default): "lines" (-g1) keeps
# function names and file:line for backtraces and sanitizer reports; "full" (-g) adds locals and
# types for gdb. Every test links the engine statically, so full information makes each test
# program ~180 MB and a build directory ~11 GB; with line tables a test is ~20 MB.
set(HOOKBENCH_DEBUG_INFO "lines" CACHE STRING "Debug information in RelWithDebInfo: lines or full")
set_property(CACHE HOOKBENCH_DEBUG_INFO PROPERTY STRINGS lines full)
if(HOOKBENCH_DEBUG_INFO STREQUAL "lines")
    # After CMAKE_CXX_FLAGS_RELWITHDEBINFO's -g on the command line, so this level wins.
    add_compile_options($<$<CONFIG:RelWithDebInfo>:-g1>)
elseif(NOT HOOKBENCH_DEBUG_INFO STREQUAL "full")
    message(FATAL_ERROR "HOOKBENCH_DEBUG_INFO must be lines or full, not ${HOOKBENCH_DEBUG_INFO}")
endif()

# Adds one Qt Test executable named after its source file and registers it with CTest.
#   hb_add_test(tst_foo.cpp LIBS hb_core LABELS core)
function(hb_add_test source)
    cmake_parse_arguments(ARG "" "TIMEOUT" "LIBS;LABELS;SOURCES" ${ARGN})
    get_filename_component(name ${source} NAME_WE)
    add_executable(${name} ${source} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE hb_flags hb_testsupport Qt6::Test ${ARG_LIBS})
    add_test(NAME ${name} COMMAND ${name})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    set_tests_properties(${name} PROPERTIES LABELS "${ARG_LABELS}" TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;HOOKBENCH_CLI=$<TARGET_FILE:hookbench-cli>;HOOKBENCH_SAMPLES=${PROJECT_SOURCE_DIR}/samples")
    # Label "asan": the subset the sanitizer build of quickstart.sh test builds and runs
    # (target hb_sanitizer_tests, see docs/reliability.md).
    if("asan" IN_LIST ARG_LABELS)
        set_property(GLOBAL APPEND PROPERTY HB_SANITIZER_TESTS ${name})
    endif()
endfunction()

# -DHOOKBENCH_SANITIZE=address,undefined builds every target (libraries, tests, tools) with
# those sanitizers; gcc or clang (docs/reliability.md, "Sanitizer build").
set(HOOKBENCH_SANITIZE "" CACHE STRING "Sanitizers for every target, e.g. address,undefined")
if(HOOKBENCH_SANITIZE)
    add_compile_options(-fsanitize=${HOOKBENCH_SANITIZE} -fno-omit-frame-pointer)
    add_link_options(-fsanitize=${HOOKBENCH_SANITIZE})
endif()

# -DHOOKBENCH_PCH=ON precompiles cmake/hb_pch.h for every library and program with
# HB_PCH_MIN_SOURCES C++ files or more, and (gcc) once for all tests; it saves about a third of
# the compile time (docs/building.md). quickstart.sh and .ci/ turn it on; the default stays OFF
# so that an existing build directory is not rebuilt from scratch by a CMake update.
# hb_precompile_headers() is called once at the end of the top CMakeLists.txt, after every
# target exists. ccache caches the users of a precompiled header only with
# CCACHE_SLOPPINESS=pch_defines,time_macros (quickstart.sh sets it).
option(HOOKBENCH_PCH "Precompile the heaviest headers (cmake/hb_pch.h)" OFF)
set(HB_PCH_MIN_SOURCES 4)
# hb_python: Python.h must come before any standard header (pybind11's rule), so no header
# may be forced in front of it. hb_coprocess_proto: generated code, protobuf's headers only.
set(HB_PCH_EXCLUDE hb_python hb_coprocess_proto)

function(hb_collect_targets dir out)
    get_property(targets DIRECTORY ${dir} PROPERTY BUILDSYSTEM_TARGETS)
    get_property(subdirs DIRECTORY ${dir} PROPERTY SUBDIRECTORIES)
    foreach(sub IN LISTS subdirs)
        hb_collect_targets(${sub} sub_targets)
        list(APPEND targets ${sub_targets})
    endforeach()
    set(${out} ${targets} PARENT_SCOPE)
endfunction()

function(hb_precompile_headers)
    if(NOT HOOKBENCH_PCH)
        return()
    endif()
    set(pch "$<$<COMPILE_LANGUAGE:CXX>:${PROJECT_SOURCE_DIR}/cmake/hb_pch.h>")
    hb_collect_targets(${PROJECT_SOURCE_DIR} targets)
    foreach(target IN LISTS targets)
        get_target_property(type ${target} TYPE)
        if(NOT type MATCHES "^(STATIC_LIBRARY|SHARED_LIBRARY|OBJECT_LIBRARY|EXECUTABLE)$"
           OR target IN_LIST HB_PCH_EXCLUDE)
            continue()
        endif()
        get_target_property(sources ${target} SOURCES)
        list(FILTER sources INCLUDE REGEX "\\.(cpp|cc|cxx)$")
        list(LENGTH sources count)
        if(target MATCHES "^tst_" AND TARGET hb_test_pch)
            # gcc accepts one precompiled header across targets whose macros differ only in
            # ones the header does not use (QT_TESTLIB_LIB, QT_NETWORK_LIB...); clang refuses.
            target_precompile_headers(${target} REUSE_FROM hb_test_pch)
        elseif(count GREATER_EQUAL HB_PCH_MIN_SOURCES)
            target_precompile_headers(${target} PRIVATE ${pch})
        else()
            continue()
        endif()
        # A file that changes Qt's configuration macros before its first include (a test's
        # #undef QT_NO_CAST_FROM_ASCII) must see Qt's headers after that change, not before.
        get_target_property(source_dir ${target} SOURCE_DIR)
        foreach(source IN LISTS sources)
            cmake_path(ABSOLUTE_PATH source BASE_DIRECTORY ${source_dir})
            if(NOT EXISTS ${source})
                continue() # generated during the build
            endif()
            file(STRINGS ${source} changes REGEX "^#[ \t]*(undef|define)[ \t]+QT_" LIMIT_COUNT 1)
            if(changes)
                set_source_files_properties(${source} TARGET_DIRECTORY ${target}
                    PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
            endif()
        endforeach()
    endforeach()
endfunction()

# The donor of the tests' precompiled header (gcc only; see hb_precompile_headers). <QTest> stays
# out: it tests QT_TESTCASE_BUILDDIR, which Qt sets to each test's own folder.
if(HOOKBENCH_PCH AND HOOKBENCH_BUILD_TESTS AND CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    add_library(hb_test_pch OBJECT ${PROJECT_SOURCE_DIR}/cmake/hb_test_pch.cpp)
    target_link_libraries(hb_test_pch PRIVATE hb_flags Qt6::Core nlohmann_json::nlohmann_json)
    target_precompile_headers(hb_test_pch PRIVATE
        "$<$<COMPILE_LANGUAGE:CXX>:${PROJECT_SOURCE_DIR}/cmake/hb_pch.h>")
endif()
