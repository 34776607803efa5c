"""The CRM schema shared by the workstation cache and the central server."""
