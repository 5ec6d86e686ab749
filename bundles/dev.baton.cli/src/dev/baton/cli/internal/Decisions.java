package dev.baton.cli.internal;

import java.util.Optional;

import dev.baton.api.Command;
import dev.baton.model.Decision;
import dev.baton.model.LinkType;
import dev.baton.model.Record;
import dev.baton.store.ArchitectureFolder;
import dev.baton.store.DecisionLinks;

/** Finding decisions by what users type, and linking them the way every command does. */
final class Decisions {

	/** Thrown for a decision that is not there; the message names it and what to do. */
	static final class NotFound extends RuntimeException {

		private static final long serialVersionUID = 1L;

		NotFound(String message) {
			super(message);
		}
	}

	private Decisions() {
	}

	/** The decision with the id or number ({@code 7}, {@code ADR-7}, {@code 0007-use-x}). */
	static Decision find(ArchitectureFolder folder, String id) {
		Optional<Record> record = ShowCommand.Run.find(folder, id);
		if (record.isEmpty() || !(record.get() instanceof Decision decision)) {
			throw new NotFound("no decision '" + id + "'; 'baton list' shows them");
		}
		return decision;
	}

	/**
	 * The work of {@code baton link} and {@code baton supersede}: finds both decisions, links them, saves, and prints
	 * {@code A TYPE B} (or one line saying what is wrong).
	 *
	 * @return the command's exit code
	 */
	static int linkAndSave(Command.Invocation invocation, String command, ArchitectureFolder folder, String fromId,
			String type, String toId) {
		Decision from;
		Decision to;
		try {
			from = find(folder, fromId);
			to = find(folder, toId);
		} catch (NotFound e) {
			invocation.err().println("baton " + command + ": " + e.getMessage());
			return Command.USAGE;
		}
		if (from == to) {
			invocation.err().println("baton " + command + ": a decision cannot link to itself");
			return Command.USAGE;
		}
		LinkType linkType = LinkType.get(type);
		boolean added = link(from, linkType == null ? LinkType.CUSTOM : linkType, type, to);
		if (added && !Folders.save(invocation, folder, "baton " + command)) {
			return Command.USAGE;
		}
		invocation.out().println(from.getId() + " " + type + " " + to.getId() + (added ? "" : " (already)"));
		return Command.OK;
	}

	/** Adds a typed link; see {@link DecisionLinks#link}. */
	static boolean link(Decision from, LinkType type, String customType, Decision to) {
		return DecisionLinks.link(from, type, customType, to);
	}
}
