"""The teller's window: "Today" (a home tab, `ui.homes.registry`), the new-customer dialog,
and closing or reassigning tasks and answering offers from Today and the 360."""
