"""Qt item models over the client's frozen views."""
