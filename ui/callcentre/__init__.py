"""The call-centre agent's home ("Callers"): `ui.callcentre.home.CallersHome`."""
