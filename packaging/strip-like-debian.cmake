# Run by CPack on the staged files before it builds the package (CPACK_PRE_BUILD_SCRIPTS).
# CPACK_STRIP_FILES removes the symbols; as Debian's dh_strip does, the compiler's .comment
# and .note sections go too (they name the compiler, and nothing reads them at run time).
file(GLOB executables "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/usr/bin/*")
foreach(executable IN LISTS executables)
    execute_process(
        COMMAND "${CPACK_OBJCOPY_EXECUTABLE}" --remove-section=.comment --remove-section=.note
            "${executable}"
        COMMAND_ERROR_IS_FATAL ANY)
endforeach()
