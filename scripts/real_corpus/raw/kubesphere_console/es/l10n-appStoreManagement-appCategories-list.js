/*
 * This file is part of KubeSphere Console.
 * Copyright (C) 2019 The KubeSphere Console Authors.
 *
 * KubeSphere Console is free software: you can redistribute it and/or modify
 * it under the terms of the GNU Affero General Public License as published by
 * the Free Software Foundation, either version 3 of the License, or
 * (at your option) any later version.
 *
 * KubeSphere Console is distributed in the hope that it will be useful,
 * but WITHOUT ANY WARRANTY; without even the implied warranty of
 * MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
 * GNU Affero General Public License for more details.
 *
 * You should have received a copy of the GNU Affero General Public License
 * along with KubeSphere Console.  If not, see <https://www.gnu.org/licenses/>.
 */
module.exports = {
  // Banner
  APP_CATEGORY_PL: 'Categorias de Aplicación',
  APP_CATEGORIES_DESC: 'Este módulo te permite crear, editar y eliminar categorías; así como clasificar las aplicaciones activas de la Tienda.',
  // All Categories
  ALL_CATEGORIES_VALUE: 'Todas las categorías ({value})',
  APP_CATEGORY_EMPTY_DESC: 'Ninguna aplicación pertenece a la categoría.',
  // All Categories > Add
  ENTER_CATEGORY_NAME_TIP: 'Por favor, introduzca un nombre de categoría.',
  CATEGORY_NAME_DESC: 'El nombre puede contener cualquier carácter y el largo máximo es de 20 caracteres.',
  // All Categories > Eit
  // All Categories > Delete
  DELETE_CATEGORY_DESC: '¿Está seguro que desea eliminar la categoría <b>{name}</b>?',
  // List
  // List > Change Category
  CHANGED_SUCCESSFULLY: 'Cambiado exitosamente.',
  CHANGE_CATEGORY: 'Cambiar Categoría',
  CHANGE_CATEGORY_DESC: 'La clasificación de la aplicación determinará la clasificación de la aplicación en la Tienda de Aplicaciones.'
};