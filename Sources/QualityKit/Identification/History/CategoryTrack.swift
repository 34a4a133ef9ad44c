extension IdentificationHistory {
  /// Where a school stands on one category's list in one year of a history.
  public enum Status: String, Sendable, Hashable, CaseIterable {
    /// The category's rules hold, or an authority included the school
    /// (``IdentificationHistory/decisionsYear``): the school is on the list.
    case on
    /// The category's rules do not hold, or an authority excluded the school: it is off the list.
    case off
    /// The rules are open for lack of data, or the year has no values at all: neither on nor off.
    case undetermined

    /// Whether the status is known (on or off).
    public var isDetermined: Bool { self != .undetermined }
  }

  /// A school's entry onto a list or exit from it.
  ///
  /// Transitions are read between determined years only, so an undetermined year never makes one:
  /// `since` is the last year before ``year`` whose status was known, and it is earlier than the
  /// year before ``year`` when undetermined years lie in between.
  public struct Transition: Sendable, Hashable {
    /// The year the new status is first observed.
    public let year: AcademicYear
    /// The last earlier year whose status was determined (and was the opposite one).
    public let since: AcademicYear

    /// Creates a transition.
    public init(year: AcademicYear, since: AcademicYear) {
      self.year = year
      self.since = since
    }

    /// Whether undetermined years lie between ``since`` and ``year``: the change happened somewhere
    /// in between, and is dated by the first year that shows it.
    public var spansUndeterminedYears: Bool { since.endYear < year.endYear - 1 }
  }

  /// One school's place on one category's list, year by year.
  ///
  /// An entry is a year on the list whose last determined year before it was off the list; an exit
  /// is a year off the list whose last determined year before it was on it. The school's first
  /// determined year is its starting state, not an entry: nothing says it was off the list before
  /// the history begins. A year with status ``Status/undetermined`` is neither: it is never an
  /// exit, and it does not break a stay on the list (on, undetermined, on is no exit and no entry).
  public struct CategoryTrack: Sendable, Hashable {
    /// The category.
    public let category: SchoolCategory
    /// The years of the history, oldest first.
    public let years: [AcademicYear]
    /// The status in each year, aligned with ``years``.
    public let statuses: [Status]
    /// The entries, oldest first.
    public let entries: [Transition]
    /// The exits, oldest first.
    public let exits: [Transition]

    /// Reads the entries and exits of `statuses` (one per year of `years`).
    ///
    /// - Complexity: O(y) for y years.
    public init(category: SchoolCategory, years: [AcademicYear], statuses: [Status]) {
      self.category = category
      self.years = years
      self.statuses = statuses
      var entries: [Transition] = []
      var exits: [Transition] = []
      var last: (year: AcademicYear, status: Status)?
      for (year, status) in zip(years, statuses) where status.isDetermined {
        if let last, last.status != status {
          let transition = Transition(year: year, since: last.year)
          if status == .on { entries.append(transition) } else { exits.append(transition) }
        }
        last = (year, status)
      }
      self.entries = entries
      self.exits = exits
    }

    /// The years on the list.
    public var yearsOnList: [AcademicYear] { years(with: .on) }

    /// The years off the list.
    public var yearsOffList: [AcademicYear] { years(with: .off) }

    /// The years that are neither on nor off.
    public var undeterminedYears: [AcademicYear] { years(with: .undetermined) }

    /// The status in `year`, or `nil` for a year outside the history.
    ///
    /// - Complexity: O(1).
    public func status(in year: AcademicYear) -> Status? {
      guard let first = years.first else { return nil }
      let offset = year.endYear - first.endYear
      return statuses.indices.contains(offset) ? statuses[offset] : nil
    }

    /// Whether the school entered the list in `year`.
    public func entered(in year: AcademicYear) -> Bool { entries.contains { $0.year == year } }

    /// Whether the school left the list in `year`.
    public func exited(in year: AcademicYear) -> Bool { exits.contains { $0.year == year } }

    private func years(with status: Status) -> [AcademicYear] {
      zip(years, statuses).filter { $0.1 == status }.map(\.0)
    }
  }

  /// One school's tracks, one per category of the run.
  public struct SchoolHistory: Sendable, Hashable {
    /// The school.
    public let school: School
    /// The tracks, in the order of the packs' category rules.
    public let tracks: [CategoryTrack]

    /// The track of `category`, if the packs assign it.
    public func track(_ category: SchoolCategory) -> CategoryTrack? {
      tracks.first { $0.category == category }
    }
  }

  /// One category in one year: who is on the list, who entered, who left, who is undetermined.
  public struct CategoryYear: Sendable, Hashable {
    /// The year.
    public let year: AcademicYear
    /// Whether identification ran for the year; `false` for a year without any values, in which
    /// every school is undetermined.
    public let wasRun: Bool
    /// The schools on the list, by id.
    public let onList: [SchoolID]
    /// The schools that entered the list this year, by id.
    public let entries: [SchoolID]
    /// The schools that left the list this year, by id.
    public let exits: [SchoolID]
    /// The schools neither on nor off the list, by id.
    public let undetermined: [SchoolID]
  }

  /// One category over the whole history.
  public struct CategorySummary: Sendable, Hashable {
    /// The category.
    public let category: SchoolCategory
    /// One entry per year of the history, oldest first.
    public let years: [CategoryYear]
  }
}
