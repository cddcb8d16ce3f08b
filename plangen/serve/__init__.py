"""`plangen serve`: a local web server showing each client's problems and document previews while writing."""
