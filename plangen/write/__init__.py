"""Write: atomic files inside the output folder and the result of rendering (paths and warnings)."""
