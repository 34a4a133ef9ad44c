/// Standardisation of one metric in one year within a group of schools.
enum ZScore {
  /// The mean and population standard deviation of the present (non-NaN) values of `column` at
  /// `members`, or `nil` when none is present.
  ///
  /// Two passes (mean, then squared deviations) rather than one, so that a cohort of nearly equal
  /// values does not lose its spread to cancellation. Summation runs in member order, which is school
  /// id order, so the result does not depend on the order of input rows.
  ///
  /// - Complexity: O(m), where m is the number of members.
  static func moments(of column: UnsafeBufferPointer<Double>, members: [Int])
    -> (mean: Double, sd: Double, count: Int)?
  {
    var sum = 0.0
    var count = 0
    var largest = 0.0
    for school in members {
      let x = column[school]
      if !x.isNaN {
        sum += x
        count += 1
        largest = max(largest, x.magnitude)
      }
    }
    guard count > 0 else { return nil }
    // Values as large as 1e155 overflow when squared (and the sum near 1.8e308), values as small
    // as 1e-155 underflow: then work on values divided by the largest magnitude.
    guard largest < 1e150, largest > 1e-150 || largest == 0 else {
      return scaledMoments(of: column, members: members, scale: largest, count: count)
    }
    let mean = sum / Double(count)
    var squares = 0.0
    for school in members {
      let x = column[school]
      if !x.isNaN {
        let d = x - mean
        squares += d * d
      }
    }
    return (mean, (squares / Double(count)).squareRoot(), count)
  }

  private static func scaledMoments(
    of column: UnsafeBufferPointer<Double>, members: [Int], scale: Double, count: Int
  ) -> (mean: Double, sd: Double, count: Int) {
    var sum = 0.0
    for school in members where !column[school].isNaN { sum += column[school] / scale }
    let mean = sum / Double(count)
    var squares = 0.0
    for school in members where !column[school].isNaN {
      let d = column[school] / scale - mean
      squares += d * d
    }
    return (mean * scale, (squares / Double(count)).squareRoot() * scale, count)
  }
}
