"""Each role's home in the main window: the frame (`ui.homes.frame`) builds the tabs the
one table (`ui.homes.registry`) gives the signed-in role; the RM's homes are "My book",
"My pipeline" and "My calendar"."""

from ui.homes.frame import HomeFrame, install_homes

__all__ = ["HomeFrame", "install_homes"]
