"""The dev server: serve the output folder, rebuild through the pipeline on every save and
reload the browser tab.
"""
