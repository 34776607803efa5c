"""Writing replicated rows into a workstation cache: shared by the engine and the snapshot builder.

Imports neither `sync.engine` (httpx, the workstation's rounds) nor `sync.server`.
"""
