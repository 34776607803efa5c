"""The quarterly evaluation: what the CRM brings, per branch and quarter (issue 17).

- `quarters`: the periods ("2026Q4", "2027H1") and their neighbours;
- `figures`: the one table of figures (name, part, unit, definition) every output reads;
- `sources`: the grouped queries that count the figures' parts inside the database;
- `history`: the accounts' quarter-end balances and 12-month nets, which SQL cannot read
  from the packed month column, kept in `server_evaluation_account_quarter`;
- `milestones`: head office's half-year targets per branch (`server_milestone`);
- `report`: the report as one JSON-ready dict; `export_xlsx`, `export_pdf`: its files.
"""
