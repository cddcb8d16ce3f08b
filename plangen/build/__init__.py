"""Build many clients: incremental (skip what is up to date), in parallel processes, output written atomically.

Process-wide state, all of it here (everything else is passed as arguments):

- Worker processes: `build.runner.process_pool` (spawned; the one pool for `plangen build` and the portfolio),
  each worker ignores Ctrl-C (the parent stops handing out clients), stops on SIGTERM and runs a daemon thread
  that ends it when its parent dies (`_watch_parent`); `max_tasks_per_child` recycles workers.
- Garbage collection: after each document kind's first import and after a worker's first client, `gc.freeze()`
  moves the long-lived objects (modules, caches) out of the collector (`runner._freeze_once`, set `_FROZEN`).
- Registries: `runner.KINDS` (document kinds, `register_kind`) and `runner._RESOLVED` (imported renderers).
- The zip writer of python-docx and python-pptx is replaced once per process (`office.zipwrite.save`).
- matplotlib: the bundled font registered once (`office.mplfont.font_family`); the report's PNG encoder thread
  and kept figures (`render.report.images`).
- Caches that only hold values derived from immutable inputs (never stale): text measuring
  (`office.textfit.font`, `_advance`, `_em`), XML tag and preset lookups (`office.pptx.xml`, `office.pptx.text.qn`),
  the styled base Word document (`office.docx_kit._base_document`, copied per document), the template sandbox,
  compiled templates and opened template bytes (`office.sandbox`), time-zone components (`render.meetings.ics`),
  and per `Actuals` instance the month values of each metric (rows are a tuple of frozen rows).
- The catalog of words (`text.catalog.CATALOG`) is built once at import and never changed.
"""
