/// The generator's source of randomness: xoshiro256** seeded through SplitMix64.
///
/// The package's own generator rather than the system's, so that a seed gives the same numbers on
/// every platform and Swift version: `SystemRandomNumberGenerator` cannot be seeded and the
/// standard library promises no fixed algorithm for `random(in:using:)`. Only integer operations
/// and exact conversions are used here, and normal draws use `+`, `-` and `*` only (no `log`,
/// `exp`, `sin` or `cos`, whose last bit differs between glibc and Apple's libm).
public struct RegionRandom: Sendable {
  private var state: (UInt64, UInt64, UInt64, UInt64)

  /// A generator whose whole sequence is decided by `seed`.
  public init(seed: UInt64) {
    // SplitMix64 spreads any seed, 0 included, over the four words; xoshiro must not start from
    // all zeros, which SplitMix64 never gives for four consecutive outputs.
    var mix = seed
    func next() -> UInt64 {
      mix &+= 0x9E37_79B9_7F4A_7C15
      var z = mix
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    state = (next(), next(), next(), next())
  }

  /// A generator in a given state, to check the algorithm against its published test vectors.
  package init(state: (UInt64, UInt64, UInt64, UInt64)) {
    self.state = state
  }

  /// The four state words, to check the seeding against SplitMix64's published outputs.
  package var words: [UInt64] { [state.0, state.1, state.2, state.3] }

  /// A generator for a separate part of the output, so that adding draws to one part does not
  /// shift the numbers of another.
  public init(seed: UInt64, stream: UInt64) {
    self.init(seed: seed ^ (stream &* 0xD1B5_4A32_D192_ED03))
  }

  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    let result = rotated(state.1 &* 5, 7) &* 9
    let shifted = state.1 << 17
    state.2 ^= state.0
    state.3 ^= state.1
    state.1 ^= state.2
    state.0 ^= state.3
    state.2 ^= shifted
    state.3 = rotated(state.3, 45)
    return result
  }

  /// A uniform number in [0, 1): 53 random bits scaled by 2⁻⁵³, which is exact.
  public mutating func uniform() -> Double {
    Double(next() >> 11) * 0x1p-53
  }

  /// A number from the normal distribution with `mean` and standard deviation `deviation`,
  /// approximated by the Irwin–Hall sum of twelve uniforms minus six (variance 1, range ±6).
  ///
  /// The sum is exactly reproducible, and its tails end at 6σ, which keeps generated values away
  /// from absurd extremes.
  public mutating func normal(mean: Double = 0, deviation: Double = 1) -> Double {
    var sum = 0.0
    for _ in 0..<12 { sum += uniform() }
    return mean + (sum - 6) * deviation
  }

  /// A uniform integer in `0..<bound` (0 when `bound` is not positive), by the high word of a
  /// full-width product: no modulo bias worth the name for the small bounds used here.
  public mutating func integer(below bound: Int) -> Int {
    guard bound > 0 else { return 0 }
    return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
  }

  /// `true` with probability `probability`.
  public mutating func chance(_ probability: Double) -> Bool {
    uniform() < probability
  }

  private func rotated(_ value: UInt64, _ count: UInt64) -> UInt64 {
    (value << count) | (value >> (64 - count))
  }
}
