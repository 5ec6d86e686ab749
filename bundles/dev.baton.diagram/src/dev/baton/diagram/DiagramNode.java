package dev.baton.diagram;

/**
 * A box of a laid-out {@link DiagramView}.
 *
 * @param id           the node's id, unique in its view (e.g. {@code component-billing-service})
 * @param recordId     the id of the record the node shows
 * @param label        the text drawn in the box: the record's title, else its id
 * @param kind         {@code system}, {@code external-system}, {@code component} or {@code interface}
 * @param x            left edge, in pixels from the view's left
 * @param y            top edge, in pixels from the view's top
 * @param width        width in pixels
 * @param height       height in pixels
 * @param detailViewId the id of a more detailed view of the record, or {@code null} when there is none
 */
public record DiagramNode(String id, String recordId, String label, String kind, double x, double y, double width,
		double height, String detailViewId) {
}
