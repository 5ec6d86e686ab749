package dev.baton.ui.editor;

import java.util.function.Supplier;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

/** An editor's selection: the record it edits (the Properties view shows it, editable). */
final class RecordSelection implements ISelectionProvider {

	private final Supplier<Object> record;
	private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();

	RecordSelection(Supplier<Object> record) {
		this.record = record;
	}

	@Override
	public ISelection getSelection() {
		Object current = record.get();
		return current == null ? StructuredSelection.EMPTY : new StructuredSelection(current);
	}

	@Override
	public void setSelection(ISelection selection) {
		// the editor's selection is its record
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.add(listener);
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.remove(listener);
	}

	/** Tells the listeners (the Properties view) that the record or its values changed. */
	void changed() {
		SelectionChangedEvent event = new SelectionChangedEvent(this, getSelection());
		for (ISelectionChangedListener listener : listeners) {
			listener.selectionChanged(event);
		}
	}
}
