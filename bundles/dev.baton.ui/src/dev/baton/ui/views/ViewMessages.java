package dev.baton.ui.views;

import org.eclipse.osgi.util.NLS;

/** The History and Timeline views' user-visible strings ({@code messages.properties} beside this class). */
public final class ViewMessages extends NLS {

	private static final String BUNDLE_NAME = "dev.baton.ui.views.messages";

	public static String History_select;
	public static String History_reading;
	public static String History_readingJob;
	public static String History_header;
	public static String History_notInHistory;
	public static String History_noTransitions;
	public static String History_transitions;
	public static String History_unreadable;
	public static String History_diffHint;
	public static String History_diffJob;
	public static String History_firstCommit;
	public static String History_date;
	public static String History_author;
	public static String History_commit;
	public static String History_change;
	public static String History_status;
	public static String History_fields;
	public static String History_message;
	public static String Timeline_reading;
	public static String Timeline_readingJob;
	public static String Timeline_header;
	public static String Timeline_noFolders;
	public static String Timeline_month;
	public static String Timeline_date;
	public static String Timeline_event;
	public static String Timeline_decision;
	public static String Timeline_detail;
	public static String Timeline_author;
	public static String Timeline_commit;
	public static String Timeline_gone;

	static {
		NLS.initializeMessages(BUNDLE_NAME, ViewMessages.class);
	}

	private ViewMessages() {
	}
}
