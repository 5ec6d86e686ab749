package dev.baton.store.codec;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

import dev.baton.store.internal.References;

/**
 * References written as ids ({@code owner: team-payments}, {@code supersedes: 0007-use-x}) before their targets are
 * known. An importer sets a proxy where the id was written; the store resolves it when the records are added to a
 * folder, and reports the ids that name nothing with file and line.
 */
public final class ReferenceTokens {

	private ReferenceTokens() {
	}

	/**
	 * A proxy standing for a record not yet resolved.
	 *
	 * @param type  the reference's type; for an abstract one, its first concrete subclass is made
	 * @param token the id as written
	 */
	public static EObject proxy(EClass type, String token) {
		return References.proxy(type, token);
	}
}
