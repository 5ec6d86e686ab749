package dev.baton.store.internal;

/**
 * A canonical front matter value written as a plain YAML scalar, never quoted: numbers, booleans, dates, enum literals.
 * Strings that are not wrapped in {@code Plain} are quoted when YAML would otherwise read them as something else.
 *
 * @param text the scalar as written
 */
public record Plain(String text) {

	@Override
	public String toString() {
		return text;
	}
}
