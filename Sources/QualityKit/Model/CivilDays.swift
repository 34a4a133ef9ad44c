/// Days counted from 1970-01-01 in the proleptic Gregorian calendar: what turns Excel's serial
/// dates into days and back, in the workbook reader and writer alike.
///
/// - Complexity: O(1).
///
/// ```swift
/// CivilDays.since1970(year: 1970, month: 1, day: 1)   // 0
/// CivilDays.since1970(year: 1899, month: 12, day: 30) // -25569, Excel's day 0
/// ```
enum CivilDays {
  /// The days from 1970-01-01 to the date (H. Hinnant's `days_from_civil`).
  static func since1970(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }
}
