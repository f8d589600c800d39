"""The Voordeur team server: FastAPI app (`app.create_app`), admin functions and its CLI."""
