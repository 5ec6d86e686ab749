/**
 * Generated from model/baton.ecore by EMF. Do not edit: change the model and rebuild.
 */
package dev.baton.model;

import java.util.List;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Interface</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.baton.model.Interface#getProvider <em>Provider</em>}</li>
 *   <li>{@link dev.baton.model.Interface#getProtocol <em>Protocol</em>}</li>
 *   <li>{@link dev.baton.model.Interface#getVersion <em>Version</em>}</li>
 *   <li>{@link dev.baton.model.Interface#getSpecification <em>Specification</em>}</li>
 *   <li>{@link dev.baton.model.Interface#getSpecificationFormat <em>Specification Format</em>}</li>
 *   <li>{@link dev.baton.model.Interface#getConsumers <em>Consumers</em>}</li>
 * </ul>
 *
 * @see dev.baton.model.BatonPackage#getInterface()
 * @model annotation="https://baton.dev/format kind='interface' folder='interfaces'"
 * @generated
 */
public interface Interface extends Element
{
  /**
   * Returns the value of the '<em><b>Provider</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Provider</em>' reference.
   * @see #setProvider(Component)
   * @see dev.baton.model.BatonPackage#getInterface_Provider()
   * @model resolveProxies="false"
   * @generated
   */
  Component getProvider();

  /**
   * Sets the value of the '{@link dev.baton.model.Interface#getProvider <em>Provider</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Provider</em>' reference.
   * @see #getProvider()
   * @generated
   */
  void setProvider(Component value);

  /**
   * Returns the value of the '<em><b>Protocol</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * REST, gRPC, GraphQL, AMQP, SQL, files, ...
   * <!-- end-model-doc -->
   * @return the value of the '<em>Protocol</em>' attribute.
   * @see #setProtocol(String)
   * @see dev.baton.model.BatonPackage#getInterface_Protocol()
   * @model
   * @generated
   */
  String getProtocol();

  /**
   * Sets the value of the '{@link dev.baton.model.Interface#getProtocol <em>Protocol</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Protocol</em>' attribute.
   * @see #getProtocol()
   * @generated
   */
  void setProtocol(String value);

  /**
   * Returns the value of the '<em><b>Version</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Version</em>' attribute.
   * @see #setVersion(String)
   * @see dev.baton.model.BatonPackage#getInterface_Version()
   * @model
   * @generated
   */
  String getVersion();

  /**
   * Sets the value of the '{@link dev.baton.model.Interface#getVersion <em>Version</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Version</em>' attribute.
   * @see #getVersion()
   * @generated
   */
  void setVersion(String value);

  /**
   * Returns the value of the '<em><b>Specification</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * Path (relative to the record) or URL of the specification, e.g. an OpenAPI file.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Specification</em>' attribute.
   * @see #setSpecification(String)
   * @see dev.baton.model.BatonPackage#getInterface_Specification()
   * @model
   * @generated
   */
  String getSpecification();

  /**
   * Sets the value of the '{@link dev.baton.model.Interface#getSpecification <em>Specification</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Specification</em>' attribute.
   * @see #getSpecification()
   * @generated
   */
  void setSpecification(String value);

  /**
   * Returns the value of the '<em><b>Specification Format</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * openapi, asyncapi, graphql, protobuf, ...
   * <!-- end-model-doc -->
   * @return the value of the '<em>Specification Format</em>' attribute.
   * @see #setSpecificationFormat(String)
   * @see dev.baton.model.BatonPackage#getInterface_SpecificationFormat()
   * @model
   * @generated
   */
  String getSpecificationFormat();

  /**
   * Sets the value of the '{@link dev.baton.model.Interface#getSpecificationFormat <em>Specification Format</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Specification Format</em>' attribute.
   * @see #getSpecificationFormat()
   * @generated
   */
  void setSpecificationFormat(String value);

  /**
   * Returns the value of the '<em><b>Consumers</b></em>' reference list.
   * The list contents are of type {@link dev.baton.model.Component}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * Components that consume this interface (derived).
   * <!-- end-model-doc -->
   * @return the value of the '<em>Consumers</em>' reference list.
   * @see dev.baton.model.BatonPackage#getInterface_Consumers()
   * @model resolveProxies="false" transient="true" changeable="false" volatile="true" derived="true"
   *        annotation="http://www.eclipse.org/emf/2002/GenModel get='return dev.baton.model.query.Inverses.consumers(this);'"
   * @generated
   */
  List<Component> getConsumers();

} // Interface
