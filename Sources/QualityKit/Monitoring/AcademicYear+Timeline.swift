extension AcademicYear {
  /// The academic year as the x axis of a timeline: September at 0 to the end of August at 12,
  /// each month labelled at its middle by its first three letters («сен», "Sep").
  func timelineAxis(language: Language) -> ReportDocument.Figure.Axis {
    ReportDocument.Figure.Axis(
      title: language == .russian ? "\(self) учебный год, месяцы" : "\(self) academic year, months",
      range: 0...12,
      ticks: CalendarDate.Month.academicOrder.enumerated().map { index, month in
        ReportDocument.Figure.Tick(Double(index) + 0.5, String(month.name[language].prefix(3)))
      })
  }

  /// Where `date` stands on the ``timelineAxis(language:)``: its month's position and the part of
  /// the month before it — or, with `through`, the part up to its end, so that a window's last day
  /// is covered. A date outside the year is put at the nearer end.
  func timelinePosition(_ date: CalendarDate, through: Bool = false) -> Double {
    if date < startDate { return 0 }
    if date > endDate { return 12 }
    let days = Double(CalendarDate.daysInMonth(date.month, year: date.year))
    // September (9) is 0, August (8) is 11: `CalendarDate.Month.academicIndex` on the date's month number.
    let index = Double((date.month + 3) % 12)
    return index + Double(date.day - (through ? 0 : 1)) / days
  }
}
