# Read by cpack for each package it makes (CPACK_PROJECT_CONFIG_FILE). CPack would put the
# project's one-line summary in front of each component's description; each description starts
# with its own summary line instead.
unset(CPACK_PACKAGE_DESCRIPTION_SUMMARY)
