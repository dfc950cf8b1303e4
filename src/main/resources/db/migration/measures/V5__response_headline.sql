-- The headline scale score of each response (TOTAL, else METRIC, else the first scale; see
-- MeasuresApi.primaryScale), kept by PostgreSQL beside the scores so a history read needs no JSON
-- work per row. Every insert path gets it, including bulk loads.
ALTER TABLE measure_response ADD COLUMN headline jsonb GENERATED ALWAYS AS (
    COALESCE(jsonb_path_query_first(scales, '$[*] ? (@.code == "TOTAL")'),
             jsonb_path_query_first(scales, '$[*] ? (@.code == "METRIC")'),
             scales -> 0)) STORED;
