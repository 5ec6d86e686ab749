package dev.baton.store.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.baton.model.BatonFactory;
import dev.baton.model.Decision;
import dev.baton.model.Option;
import dev.baton.model.Record;
import dev.baton.store.codec.MarkdownOutline;

/** The MADR sections of a decision that need more than one feature: options, outcome. */
final class DecisionSections {

	static final String CONSIDERED_OPTIONS = "Considered Options";
	static final String PROS_AND_CONS = "Pros and Cons of the Options";
	static final String OUTCOME = "Decision Outcome";

	private static final Pattern CHOSEN = Pattern.compile("Chosen option:\\s*[\"“]?([^\"”,\\n]+)[\"”]?",
			Pattern.CASE_INSENSITIVE);

	private DecisionSections() {
	}

	static Option option(Decision decision, String title) {
		for (Option option : decision.getOptions()) {
			if (option.getTitle() != null && option.getTitle().equalsIgnoreCase(title)) {
				return option;
			}
		}
		Option option = BatonFactory.eINSTANCE.createOption();
		option.setTitle(title);
		decision.getOptions().add(option);
		return option;
	}

	/** {@code ## Considered Options}: the options' titles, as bullets. */
	static final class ConsideredOptions extends BodyCodec {

		ConsideredOptions() {
			super(CONSIDERED_OPTIONS, null);
		}

		@Override
		public void read(Record record, MarkdownOutline outline, MarkdownOutline.Section section) {
			if (section == null) {
				return;
			}
			List<String> items = MarkdownOutline.listItems(outline.text(section.contentFrom(), section.ownContentTo()));
			if (items != null) {
				items.forEach(title -> option((Decision) record, title));
			}
		}

		@Override
		public Object canonical(Record record) {
			List<String> titles = new ArrayList<>();
			((Decision) record).getOptions().forEach(o -> titles.add(o.getTitle()));
			return titles.isEmpty() ? null : titles;
		}

		@Override
		public String render(Object canonical, String previous) {
			return Sections.bullets((List<?>) canonical, MarkdownOutline.bulletMarker(previous, "*"));
		}
	}

	/** {@code ## Pros and Cons of the Options} with {@code ### <option>} sub-sections. */
	static final class ProsAndCons extends BodyCodec {

		ProsAndCons() {
			super(PROS_AND_CONS, null);
		}

		@Override
		public void read(Record record, MarkdownOutline outline, MarkdownOutline.Section section) {
			if (section == null) {
				return;
			}
			for (MarkdownOutline.Section child : section.children()) {
				Option option = option((Decision) record, child.heading());
				String text = outline.text(child.contentFrom(), child.to());
				readOption(option, text);
			}
		}

		/** A line break, an empty or blank line and a line break: where one block of text ends. */
		private static final Pattern BLANK_LINE = Pattern.compile("\n\\s*\n");

		private static void readOption(Option option, String text) {
			List<String> description = new ArrayList<>();
			for (String block : BLANK_LINE.split(text)) {
				List<String> items = MarkdownOutline.listItems(block);
				if (items == null) {
					description.add(block.strip());
					continue;
				}
				List<String> other = new ArrayList<>();
				for (String item : items) {
					String lower = item.toLowerCase(Locale.ROOT);
					if (lower.startsWith("good, because")) {
						option.getPros().add(item.substring("good, because".length()).strip());
					} else if (lower.startsWith("bad, because")) {
						option.getCons().add(item.substring("bad, because".length()).strip());
					} else if (lower.startsWith("neutral, because")) {
						option.getNeutral().add(item.substring("neutral, because".length()).strip());
					} else {
						other.add(item);
					}
				}
				if (!other.isEmpty()) {
					description.add(Sections.bullets(other, MarkdownOutline.bulletMarker(block, "*")));
				}
			}
			String joined = String.join("\n\n", description).strip();
			if (!joined.isEmpty()) {
				option.setDescription(joined);
			}
		}

		@Override
		public Object canonical(Record record) {
			List<List<Object>> details = new ArrayList<>();
			for (Option option : ((Decision) record).getOptions()) {
				if (option.getDescription() != null || !option.getPros().isEmpty() || !option.getNeutral().isEmpty()
						|| !option.getCons().isEmpty()) {
					details.add(
							List.of(String.valueOf(option.getTitle()), Objects.toString(option.getDescription(), ""),
									List.copyOf(option.getPros()), List.copyOf(option.getNeutral()),
									List.copyOf(option.getCons())));
				}
			}
			return details.isEmpty() ? null : details;
		}

		@Override
		public String render(Object canonical, String previous) {
			String marker = MarkdownOutline.bulletMarker(previous, "*");
			StringBuilder out = new StringBuilder();
			for (Object entry : (List<?>) canonical) {
				List<?> option = (List<?>) entry;
				if (out.length() > 0) {
					out.append("\n\n");
				}
				out.append("### ").append(option.get(0));
				if (!"".equals(option.get(1))) {
					out.append("\n\n").append(option.get(1));
				}
				List<String> bullets = new ArrayList<>();
				((List<?>) option.get(2)).forEach(p -> bullets.add("Good, because " + p));
				((List<?>) option.get(3)).forEach(p -> bullets.add("Neutral, because " + p));
				((List<?>) option.get(4)).forEach(p -> bullets.add("Bad, because " + p));
				if (!bullets.isEmpty()) {
					out.append("\n\n").append(Sections.bullets(bullets, marker));
				}
			}
			return out.toString();
		}
	}

	/** {@code ## Decision Outcome}: its own text (before any sub-section), and the chosen option in it. */
	static final class Outcome extends BodyCodec {

		Outcome() {
			super(OUTCOME, null);
		}

		@Override
		public void read(Record record, MarkdownOutline outline, MarkdownOutline.Section section) {
			if (section == null) {
				return;
			}
			String text = outline.text(section.contentFrom(), section.ownContentTo());
			Decision decision = (Decision) record;
			if (!text.isEmpty()) {
				decision.setOutcome(text);
				Matcher matcher = CHOSEN.matcher(text);
				if (matcher.find()) {
					decision.setChosenOption(matcher.group(1).strip());
				}
			}
		}

		@Override
		public Object canonical(Record record) {
			return ((Decision) record).getOutcome();
		}

		@Override
		public String render(Object canonical, String previous) {
			return canonical.toString();
		}
	}
}
