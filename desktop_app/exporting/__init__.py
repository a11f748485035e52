"""Deliverables: workbook, briefing, REFI-QDA, CSV/JSON. Exporters take a
:class:`~desktop_app.domain.snapshot.ProjectSnapshot` and know no Qt and no database; what each
one takes and promises is :mod:`desktop_app.exporting.contract`."""
