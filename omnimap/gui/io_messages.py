"""File and CSV problems in the user's language.

The file layer (Qt-free) words its errors in English, for the command line
and logs, and names each problem it expects a facilitator to meet with a
``code`` and its particulars (``values``). This module says those in the
language of the installed translators; a problem without a code (the
schema's findings in a hand-edited file) keeps its English text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from omnimap.commands.refusals import grouped_number

if TYPE_CHECKING:
    from omnimap.analysis.paths import AttributionError
    from omnimap.io import FileError
    from omnimap.io.csv_import import CsvImportError

__all__ = ["attribution_error_text", "csv_error_text", "file_error_text"]


def _fill(text: str, values: dict[str, str]) -> str:
    for key, value in values.items():
        text = text.replace("{" + key + "}", value)
    return text


def _file_reason(code: str, values: dict[str, str]) -> str | None:
    translate = QCoreApplication.translate
    texts = {
        "no_file": translate("IoMessages", "the file does not exist (moved, renamed or deleted?)"),
        "folder_missing": translate("IoMessages", "the folder does not exist"),
        "is_folder": translate("IoMessages", "this is a folder, not a file"),
        "not_folder": translate("IoMessages", "part of the path is not a folder"),
        "permission": translate("IoMessages", "you do not have permission to use this file"),
        "disk_full": translate("IoMessages", "the disk is full"),
        "read_only": translate("IoMessages", "the file is read-only"),
        "bad_name": translate("IoMessages", "this is not a valid file name"),
        "not_regular": translate("IoMessages", "this is not an ordinary file"),
        "too_large": translate("IoMessages",
                               "the file is too large ({size_mb} MB; omnimap opens files up to "
                               "{limit_mb} MB)"),
        "empty": translate("IoMessages", "the file is empty"),
        "not_utf8": translate("IoMessages",
                              "the file's text is not UTF-8, the encoding of omnimap files "
                              "(was it changed by another program?)"),
        "not_omnimap": translate("IoMessages", "this is not an omnimap map file"),
        "newer_version": translate("IoMessages",
                                   "the map was saved by a newer version of omnimap (file format "
                                   "{version}); update omnimap to open it"),
    }
    if code == "bad_json":
        if "line" in values:
            return _fill(translate("IoMessages",
                                   "the file is damaged or cut short (line {line}, column "
                                   "{column})"), values)
        return translate("IoMessages", "the file is damaged or cut short")
    text = texts.get(code)
    return None if text is None else _fill(text, values)


def file_error_text(error: FileError) -> str:
    """``error`` as one line for a dialog: the file, then why, in the user's language.

    The place in the document of a schema finding stays as the English text has it.
    """
    reason = _file_reason(error.code, error.values)
    if reason is None:
        return str(error)
    return f"{error.source}: {reason}"


def _spreadsheet_texts() -> dict[str, str]:
    """What both CSV readers (touchpoints, attribution) say of a file that is not one."""
    translate = QCoreApplication.translate
    return {
        "bad_utf16": translate("IoMessages", "the file is not valid UTF-16 text"),
        "bad_encoding": translate("IoMessages",
                                  "the text is neither UTF-8 nor Windows-1250; save the "
                                  "spreadsheet as CSV (UTF-8)"),
        "not_text": translate("IoMessages",
                              "this is not a text file; save the spreadsheet as CSV"),
        "empty": translate("IoMessages", "the file is empty"),
    }


def _located(file_name: str, line: int, reason: str) -> str:
    """``file, line N: reason`` (or ``file: reason`` without a line)."""
    if line:
        where = QCoreApplication.translate("IoMessages", "line {line}").replace(
            "{line}", str(line))
        return f"{file_name}, {where}: {reason}"
    return f"{file_name}: {reason}"


def csv_error_text(error: CsvImportError, file_name: str) -> str:
    """``error`` as one line for a dialog: the file and line, then why."""
    translate = QCoreApplication.translate
    values = error.values
    texts = {
        **_spreadsheet_texts(),
        "too_large": translate("IoMessages", "the file is larger than {limit_mb} MB"),
        "no_rows": translate("IoMessages", "the file has no touchpoint rows under its header"),
        "column_unnamed": translate("IoMessages", "column {position} has no name"),
        "unknown_column": translate("IoMessages",
                                    "unknown column “{column}”; the columns are: {expected}"),
        "column_twice": translate("IoMessages", "column “{column}” appears twice"),
        "missing_columns": translate("IoMessages", "required columns are missing: {columns}"),
        "too_many_fields": translate("IoMessages",
                                     "{found} fields, but the header names {expected}"),
        "stage_empty": translate("IoMessages", "the stage is empty"),
        "channel_empty": translate("IoMessages", "the channel is empty"),
        "unknown_stage": translate("IoMessages",
                                   "this map has no stage “{stage}” (its stages: {stages})"),
        "channel_too_long": translate("IoMessages",
                                      "a channel name can have at most {limit} characters"),
        "not_whole": translate("IoMessages",
                               "“{column}” must be a whole number, not “{value}”"),
        "out_of_range": translate("IoMessages",
                                  "“{column}” must be between {low} and {high}, not “{value}”"),
        "bad_time": translate("IoMessages", "the time must be HH:MM, e.g. 09:30, not “{value}”"),
    }
    if error.code == "refused" and error.refusal is not None:
        from omnimap.commands.refusals import refusal_text

        reason = refusal_text(error.refusal)
    elif error.code in texts:
        reason = _fill(texts[error.code], values)
    else:
        return f"{file_name}: {error}"
    return _located(file_name, error.line, reason)


def attribution_error_text(error: AttributionError, file_name: str) -> str:
    """A problem of an attribution CSV file as one line: the file and line, then why."""
    translate = QCoreApplication.translate
    texts = {
        **_spreadsheet_texts(),
        "cannot_read": translate("IoMessages", "cannot read the file: {reason}"),
        "bad_header": translate("IoMessages",
                                "the header must be path,total_conversions,total_null (paths) "
                                "or journey_id,path,hours_to_conversion,converted (journeys)"),
        "no_rows": translate("IoMessages", "the file has no rows under its header"),
        "field_count": translate("IoMessages", "{found} fields, but the header names {expected}"),
        "empty_path": translate("IoMessages", "the path is empty"),
        "empty_channel": translate("IoMessages", "a channel name is missing in the path "
                                                 "“{path}”"),
        "not_number": translate("IoMessages", "“{column}” must be a number, not “{value}”"),
        "negative": translate("IoMessages",
                              "“{column}” must be a number of at least 0, not “{value}”"),
        "bad_flag": translate("IoMessages",
                              "“converted” must be 1/0, true/false or yes/no, not “{value}”"),
        "hours_count": translate("IoMessages",
                                 "“hours_to_conversion” needs one number per touch of the path "
                                 "({touches}), not {hours}"),
        "hours_empty": translate("IoMessages",
                                 "“hours_to_conversion” is empty on a converted journey"),
        "too_many_paths": translate("IoMessages",
                                    "the arrows of this map make too many paths to credit "
                                    "(over {paths} paths or {touches} touches); remove some "
                                    "arrows or load the paths from a CSV file"),
    }
    text = texts.get(error.code)
    if text is not None and not error.source:  # the map's own paths, not a file
        return _fill(text, {key: grouped_number(int(value)) if value.isdigit() else value
                            for key, value in error.values.items()})
    if text is None or not error.source:
        message = str(error)
        if error.source and message.startswith(error.source):
            message = file_name + message[len(error.source):]
        return message
    return _located(file_name, error.line, _fill(text, error.values))
