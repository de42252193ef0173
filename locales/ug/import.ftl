# Bulk import (izde import, the Import page): the problems of a file or a row. A row's problem never
# repeats the row's value (it may be a name).

import-field-external-ref = Reference in the source database
import-not-in-list = not one of the listed values (map it in the mapping file's [values] or on the mapping step)
import-place-unknown = not a place in the gazetteer (write the prefecture and county, e.g. "Ili / Ghulja", or map it)
import-place-ambiguous = several places have this name: { $places }. Write the prefecture too
import-same-reference = the same reference as line { $line }: a source database's id names one case
import-error-open = The file cannot be opened.
import-error-encoding = The encoding “{ $encoding }” is not one Izde knows (e.g. utf-8, utf-16, windows-1251).
import-error-sheet = The workbook has no sheet named “{ $sheet }”.
import-error-spreadsheet = The spreadsheet cannot be read: save it again as XLSX or CSV.
import-error-csv = The CSV file cannot be read at line { $line }: check its quotes.
import-error-json = Line { $line } is not a JSON object: each line of a JSON lines file is one case.
import-error-no-headers = The file has no header row: its first row must name the columns.
import-error-no-name = No column is the missing person's name: name it in the mapping (e.g. "ФИО" = "name").
import-error-internal = The import stopped on an error of the server; what was committed stays, and importing the file again resumes it.
import-error-required = No column gives { $fields }, and the mapping sets no default for it: add the column, or a default in the mapping.
