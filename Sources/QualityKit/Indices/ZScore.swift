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
    for school in members {
      let x = column[school]
      if !x.isNaN {
        sum += x
        count += 1
      }
    }
    guard count > 0 else { return nil }
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
}
