# Compile options every project target shares, kept on interface targets so that nothing is
# set globally:
#   pe_options         C++17, warnings, version, sanitizer and fuzz instrumentation (everything);
#   pe_strict_strings  no implicit string conversions (the libraries and the app, not the tests,
#                      whose data tables read better with plain literals).
# Included once from the top-level CMakeLists.txt, after the PE_* options are declared.

add_library(pe_options INTERFACE)
target_compile_features(pe_options INTERFACE cxx_std_17)
if(MSVC)
    # /permissive- for standard name lookup; /utf-8 because the sources hold Cyrillic and
    # typographic quotes.
    target_compile_options(pe_options INTERFACE /W4 /permissive- /utf-8)
elseif(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(pe_options INTERFACE -Wall -Wextra -Wpedantic)
endif()
target_compile_definitions(pe_options INTERFACE
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    PE_VERSION="${PROJECT_VERSION}")

add_library(pe_strict_strings INTERFACE)
target_compile_definitions(pe_strict_strings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING)

if(PE_SANITIZE)
    if(MSVC)
        # MSVC has AddressSanitizer only; UBSan and LeakSanitizer are GCC/Clang features.
        target_compile_options(pe_options INTERFACE /fsanitize=address)
    else()
        target_compile_options(pe_options INTERFACE
            -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
        target_link_options(pe_options INTERFACE -fsanitize=address,undefined)
    endif()
endif()

if(PE_BUILD_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "PE_BUILD_FUZZ needs clang (-DCMAKE_CXX_COMPILER=clang++)")
    endif()
    # The libraries the fuzzer calls are instrumented too, so coverage reaches the loader;
    # the fuzz target itself links libFuzzer's main (fuzz/CMakeLists.txt).
    target_compile_options(pe_options INTERFACE -fsanitize=fuzzer-no-link,address,undefined)
    target_link_options(pe_options INTERFACE -fsanitize=address,undefined)
endif()
