package org.insaf.domain.shared;

/** An amount in Pakistani rupees (PKR). Fines in the catalogue are whole rupees. */
public record Rupees(long amount) implements Comparable<Rupees> {

    public Rupees {
        InvalidValueException.check(amount >= 0, "RUPEES_NOT_NEGATIVE", "an amount in rupees cannot be negative: " + amount);
    }

    public static Rupees of(long amount) {
        return new Rupees(amount);
    }

    public boolean isAbove(Rupees other) {
        return amount > other.amount;
    }

    public boolean isBelow(Rupees other) {
        return amount < other.amount;
    }

    @Override
    public int compareTo(Rupees other) {
        return Long.compare(amount, other.amount);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "PKR %,d", amount);
    }
}
