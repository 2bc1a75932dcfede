# Flags every Hookbench target shares, carried by one INTERFACE target.
add_library(hb_flags INTERFACE)
target_compile_definitions(hb_flags INTERFACE
    QT_NO_KEYWORDS
    QT_NO_CAST_FROM_ASCII
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING)
target_compile_options(hb_flags INTERFACE -Wall -Wextra -Wno-unused-parameter -Wno-missing-field-initializers)
target_include_directories(hb_flags INTERFACE ${PROJECT_SOURCE_DIR})

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
