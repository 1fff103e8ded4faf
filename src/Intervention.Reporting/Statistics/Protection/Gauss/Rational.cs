using System;
using System.Numerics;

namespace Intervention.Reporting.Statistics.Protection.Gauss;

/// <summary>An exact rational number, always in lowest terms with a positive denominator.</summary>
internal readonly record struct Rational
{
    private Rational(BigInteger numerator, BigInteger denominator)
    {
        Numerator = numerator;
        Denominator = denominator;
    }

    public BigInteger Numerator { get; }

    public BigInteger Denominator { get; }

    public static Rational Zero { get; } = new(BigInteger.Zero, BigInteger.One);

    public static Rational One { get; } = new(BigInteger.One, BigInteger.One);

    public int Sign => Numerator.Sign;

    public bool IsZero => Numerator.IsZero;

    public static Rational Of(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero)
        {
            throw new DivideByZeroException();
        }

        if (denominator.Sign < 0)
        {
            (numerator, denominator) = (-numerator, -denominator);
        }

        var gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
        return gcd.IsOne || gcd.IsZero ? new(numerator, denominator) : new(numerator / gcd, denominator / gcd);
    }

    public static Rational operator +(Rational a, Rational b) => Of((a.Numerator * b.Denominator) + (b.Numerator * a.Denominator), a.Denominator * b.Denominator);

    public static Rational operator -(Rational a, Rational b) => Of((a.Numerator * b.Denominator) - (b.Numerator * a.Denominator), a.Denominator * b.Denominator);

    public static Rational operator *(Rational a, Rational b) => Of(a.Numerator * b.Numerator, a.Denominator * b.Denominator);

    public static Rational operator /(Rational a, Rational b) => Of(a.Numerator * b.Denominator, a.Denominator * b.Numerator);

    public static Rational operator -(Rational a) => new(-a.Numerator, a.Denominator);

    /// <summary>
    /// The rational n/d with |n| and d at most √(P/2) whose value modulo P is <paramref name="value"/>, when there is one (there is at
    /// most one): Wang's reconstruction, the extended Euclidean algorithm on (P, value) stopped at the first remainder below the bound.
    /// </summary>
    public static Rational? FromModular(ulong value, ulong modulus)
    {
        var bound = (Int128)Math.Sqrt(modulus / 2.0);
        Int128 r0 = modulus, r1 = value, t0 = 0, t1 = 1;
        while (r1 > bound)
        {
            var q = r0 / r1;
            (r0, r1) = (r1, r0 - (q * r1));
            (t0, t1) = (t1, t0 - (q * t1));
        }

        if (t1 == 0 || Int128.Abs(t1) > bound)
        {
            return null;
        }

        return Of((BigInteger)r1, (BigInteger)t1);
    }

    public override string ToString() => Denominator.IsOne ? Numerator.ToString() : $"{Numerator}/{Denominator}";
}
